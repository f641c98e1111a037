package com.nuoer.wallet.wallet.web;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.wallet.wallet.Wallet;
import com.nuoer.wallet.wallet.WalletDtos.ConfigWalletRequest;
import com.nuoer.wallet.wallet.WalletDtos.FlowListRequest;
import com.nuoer.wallet.wallet.WalletDtos.FlowView;
import com.nuoer.wallet.wallet.WalletDtos.QueryWalletRequest;
import com.nuoer.wallet.wallet.WalletDtos.WalletView;
import com.nuoer.wallet.wallet.WalletDtos.WalletWarnView;
import com.nuoer.wallet.wallet.WalletService;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** beeback 2.9.1, 2.9.2, 2.9.4, 2.9.5: only the wallets of the caller's organisation (session.enterpriseId). */
@RestController
@RequestMapping("/mt/beeback/wallet")
public class BeebackWalletController {

    private final WalletService wallets;

    public BeebackWalletController(WalletService wallets) {
        this.wallets = wallets;
    }

    @PostMapping("/wallet/list")
    public ApiResponse<List<WalletView>> list() {
        return ApiResponse.ok(wallets.listOfOrganization(SessionContext.require().enterpriseId()));
    }

    @PostMapping("/wallet/flowList")
    public ApiResponse<PageResult<FlowView>> flowList(@Valid @RequestBody FlowListRequest request) {
        Wallet w = wallets.ownWallet(SessionContext.require(), request.assignWalletId());
        return ApiResponse.ok(wallets.flows(w, request));
    }

    @PostMapping("/queryWallet")
    public ApiResponse<WalletWarnView> queryWallet(@Valid @RequestBody(required = false) QueryWalletRequest request) {
        SessionInfo session = SessionContext.require();
        Wallet w = request == null || request.walletId() == null ? wallets.defaultWallet(session)
                : wallets.ownWallet(session, request.walletId());
        return ApiResponse.ok(wallets.warnView(w));
    }

    @PostMapping("/configWallet")
    public ApiResponse<Void> configWallet(@Valid @RequestBody ConfigWalletRequest request) {
        Wallet w = wallets.ownWallet(SessionContext.require(), request.walletId());
        wallets.configure(w.getId(), request);
        return ApiResponse.ok();
    }
}
