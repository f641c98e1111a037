package com.nuoer.wallet.wallet.web;

import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.wallet.wallet.WalletDtos.MerchantRequest;
import com.nuoer.wallet.wallet.WalletDtos.WalletView;
import com.nuoer.wallet.wallet.WalletService;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** sales 4.5.6: the wallets of one of the salesman's own customers (all customers for an app manager). */
@RestController
@RequestMapping("/mt/sales/customer/wallet")
public class SalesWalletController {

    private final WalletService wallets;

    public SalesWalletController(WalletService wallets) {
        this.wallets = wallets;
    }

    @PostMapping("/list")
    public ApiResponse<List<WalletView>> list(@Valid @RequestBody MerchantRequest request) {
        wallets.requireSalesCustomer(SessionContext.require(), request.merchantId());
        return ApiResponse.ok(wallets.listOfMerchant(request.merchantId()));
    }
}
