package com.nuoer.customer.iam.sys;

import com.nuoer.common.error.BizException;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.customer.iam.IamError;
import com.nuoer.customer.iam.UserAccount;
import com.nuoer.customer.iam.UserAccountRepository;
import com.nuoer.common.session.AppCode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** crm 3.8 system tools: log stores, temporary IP whitelist, temporary passwords (admin only for the last two). */
@Service
public class SysService {

    private static final Logger log = LoggerFactory.getLogger(SysService.class);

    private final SysProperties properties;
    private final TempWhiteIpRepository whiteIps;
    private final TempPasswords tempPasswords;
    private final UserAccountRepository users;
    private final Clock clock;

    public SysService(SysProperties properties, TempWhiteIpRepository whiteIps, TempPasswords tempPasswords,
                      UserAccountRepository users, Clock clock) {
        this.properties = properties;
        this.whiteIps = whiteIps;
        this.tempPasswords = tempPasswords;
        this.users = users;
        this.clock = clock;
    }

    public List<SysProperties.LogStore> logStores() {
        return properties.logStores();
    }

    private static void requireAdmin(SessionInfo caller) {
        if (!caller.hasRole(SessionInfo.ADMIN_ROLE)) {
            throw IamError.ADMIN_ONLY.exception();
        }
    }

    /** Admits the caller's IP for {@code nuoer.sys.temp-white-ip-ttl}; idempotent (re-adding extends it). */
    @Transactional
    public TempWhiteIp addTempWhiteIp(SessionInfo caller, String ip) {
        requireAdmin(caller);
        if (ip == null || ip.isBlank()) {
            throw BizException.badRequest("无法识别调用方IP");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime until = now.plus(properties.tempWhiteIpTtl());
        TempWhiteIp entry = whiteIps.findByIp(ip).map(w -> {
            w.extend(caller.userId(), now, until);
            return w;
        }).orElseGet(() -> whiteIps.save(TempWhiteIp.admit(ip, caller.userId(), now, until)));
        log.info("temp whitelist: {} admitted until {} by user {}", ip, entry.getExpireTime(), caller.userId());
        return entry;
    }

    /** True while {@code ip} is on the temporary whitelist. */
    @Transactional(readOnly = true)
    public boolean isTempWhitelisted(String ip) {
        return whiteIps.findByIp(ip).map(w -> w.admits(LocalDateTime.now(clock))).orElse(false);
    }

    /**
     * A one-time password to log in to a customer's beeback account (isTemp session). With a target
     * ({@code userId} or {@code username}) it works for that account only; the target must be a customer account.
     */
    public String genTempPasswd(SessionInfo caller, Long userId, String username) {
        requireAdmin(caller);
        Long target = null;
        if (userId != null || (username != null && !username.isBlank())) {
            UserAccount user = (userId != null ? users.findWithAppsById(userId) : users.findByUsername(username))
                    .orElseThrow(() -> BizException.notFound("用户"));
            if (!user.mayLogInto(AppCode.BEEBACK)) {
                throw BizException.badRequest("临时密码只能用于客户账号");
            }
            target = user.getId();
        }
        String password = tempPasswords.create(target, caller.userId());
        log.warn("AUDIT temp password created by user {} for {}", caller.userId(),
                target == null ? "any customer account" : "user " + target);
        return password;
    }
}
