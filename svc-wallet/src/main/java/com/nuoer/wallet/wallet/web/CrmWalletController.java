package com.nuoer.wallet.wallet.web;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.wallet.wallet.WalletDtos.AddWalletRequest;
import com.nuoer.wallet.wallet.WalletDtos.CrmRechargeRequest;
import com.nuoer.wallet.wallet.WalletDtos.EditWalletRequest;
import com.nuoer.wallet.wallet.WalletDtos.FlowListRequest;
import com.nuoer.wallet.wallet.WalletDtos.FlowView;
import com.nuoer.wallet.wallet.WalletDtos.MergeRequest;
import com.nuoer.wallet.wallet.WalletDtos.MergeResult;
import com.nuoer.wallet.wallet.WalletDtos.MerchantRequest;
import com.nuoer.wallet.wallet.WalletDtos.RechargePreview;
import com.nuoer.wallet.wallet.WalletDtos.WalletCreated;
import com.nuoer.wallet.wallet.WalletDtos.WalletView;
import com.nuoer.wallet.wallet.WalletService;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** crm 3.7.19–3.7.24: any customer's wallets, for staff whose roles grant the wallet menu. */
@RestController
@RequestMapping("/mt/crm/customer/wallet")
@RequiresMenu(MenuCodes.CRM_WALLET)
public class CrmWalletController {

    private final WalletService wallets;

    public CrmWalletController(WalletService wallets) {
        this.wallets = wallets;
    }

    @PostMapping("/list")
    public ApiResponse<List<WalletView>> list(@Valid @RequestBody MerchantRequest request) {
        return ApiResponse.ok(wallets.listOfMerchant(request.merchantId()));
    }

    @PostMapping("/flowList")
    public ApiResponse<PageResult<FlowView>> flowList(@Valid @RequestBody FlowListRequest request) {
        return ApiResponse.ok(wallets.flows(wallets.anyWallet(request.assignWalletId()), request));
    }

    @PostMapping("/add")
    public ApiResponse<WalletCreated> add(@Valid @RequestBody AddWalletRequest request) {
        return ApiResponse.ok(wallets.add(request, SessionContext.require()));
    }

    @PostMapping("/edit")
    public ApiResponse<Void> edit(@Valid @RequestBody EditWalletRequest request) {
        wallets.edit(wallets.anyWallet(request.walletId()).getId(), request);
        return ApiResponse.ok();
    }

    @PostMapping("/merge")
    public ApiResponse<MergeResult> merge(@Valid @RequestBody MergeRequest request) {
        return ApiResponse.ok(wallets.merge(request));
    }

    /** confirmed=false → 40910 with the preview in data; true → credited once per requestId. */
    @PostMapping("/recharge")
    public ApiResponse<RechargePreview> recharge(@Valid @RequestBody CrmRechargeRequest request) {
        long walletId = wallets.walletOfMerchant(request.merchantId(), request.walletId()).getId();
        return ApiResponse.ok(wallets.manualRecharge(walletId, request, SessionContext.require()));
    }
}
