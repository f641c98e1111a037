package com.nuoer.customer.iam;

import com.nuoer.common.session.AppCode;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A user account of the user centre: customers (beeback), operators (crm) and salesmen (sales) alike. Owns the
 * login rules: who may log in to which app, the password check and the lockout after repeated wrong passwords.
 */
@Entity
@Table(name = "user_account")
@DynamicUpdate
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false)
    private String passwordHash;

    private String nickname;
    private String realName;
    private String mobile;
    private String email;
    private String portrait;
    private int state;
    private int authType;
    private LocalDateTime authTime;
    private boolean isTest;
    private long tenantId;
    private String sourceAppcode;
    private int failedLoginCount;
    private LocalDateTime lockedUntil;
    private LocalDateTime lastLoginTime;
    private String lastLoginIp;
    @Column(updatable = false)
    private LocalDateTime createTime;
    private LocalDateTime modifyTime;

    /** Apps ({@link AppCode#code()}) this user may log in to. */
    @ElementCollection
    @CollectionTable(name = "user_app", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "appcode")
    private Set<String> apps = new HashSet<>();

    protected UserAccount() {
    }

    /** A new, active account (tenant 1) with a password already hashed by the caller. */
    public static UserAccount create(String username, String passwordHash, String nickname, String mobile,
                                     LocalDateTime now) {
        UserAccount user = new UserAccount();
        user.username = Objects.requireNonNull(username);
        user.passwordHash = Objects.requireNonNull(passwordHash);
        user.nickname = nickname;
        user.mobile = mobile;
        user.state = UserState.NORMAL.code();
        user.tenantId = 1L;
        user.createTime = now;
        user.modifyTime = now;
        return user;
    }

    /** Profile data entered at registration (crm/sales register, F1); nulls leave the current values. */
    public void registerProfile(String realName, String email, String portrait, String sourceAppcode,
                                LocalDateTime now) {
        this.realName = realName != null ? realName : this.realName;
        this.email = email != null ? email : this.email;
        this.portrait = portrait != null ? portrait : this.portrait;
        this.sourceAppcode = sourceAppcode != null ? sourceAppcode : this.sourceAppcode;
        this.modifyTime = now;
    }

    /** A passed authentication record (F3): AuthType 10 个人认证 / 20 企业认证. */
    public void authenticate(int authType, LocalDateTime now) {
        this.authType = authType;
        this.authTime = now;
        this.modifyTime = now;
    }

    public void enableApp(AppCode app) {
        apps.add(app.code());
    }

    public boolean mayLogInto(AppCode app) {
        return apps.contains(app.code());
    }

    public boolean isActive() {
        return state == UserState.NORMAL.code();
    }

    public void changeState(UserState newState, LocalDateTime now) {
        this.state = newState.code();
        this.modifyTime = now;
    }

    /**
     * Checks a password against the stored hash. A password BCrypt cannot take (over 72 bytes) simply does not
     * match. The raw password is never kept or logged.
     */
    public boolean passwordMatches(String rawPassword, PasswordEncoder encoder) {
        if (rawPassword == null) {
            return false;
        }
        try {
            return encoder.matches(rawPassword, passwordHash);
        } catch (IllegalArgumentException tooLong) {
            return false;
        }
    }

    /** True while a lockout is running: every login is refused, even with the right password. */
    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts one wrong password. After {@code maxFailures} consecutive ones the account is locked until
     * {@code now + lockDuration}; once a lockout has run out, counting starts again from zero.
     *
     * @return true if the account is locked now (this failure reached the limit)
     */
    public boolean recordFailure(LocalDateTime now, int maxFailures, Duration lockDuration) {
        if (lockedUntil != null && !isLocked(now)) {
            failedLoginCount = 0;
            lockedUntil = null;
        }
        failedLoginCount++;
        if (failedLoginCount >= maxFailures) {
            lockedUntil = now.plus(lockDuration);
        }
        return isLocked(now);
    }

    /** A successful login: the failure count and any expired lockout are cleared, the login remembered. */
    public void recordLogin(LocalDateTime now, String ip) {
        failedLoginCount = 0;
        lockedUntil = null;
        lastLoginTime = now;
        lastLoginIp = ip == null || ip.length() <= 64 ? ip : ip.substring(0, 64);
    }

    /** Profile change (editInfo); a null argument keeps the value. Mobile/password checks are the caller's. */
    public void updateProfile(String nickname, String mobile, String email, LocalDateTime now) {
        if (nickname != null) {
            this.nickname = nickname;
        }
        if (mobile != null) {
            this.mobile = mobile;
        }
        if (email != null) {
            this.email = email.isBlank() ? null : email;
        }
        this.modifyTime = now;
    }

    /** A new password, already hashed by the caller. */
    public void changePassword(String newPasswordHash, LocalDateTime now) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        this.modifyTime = now;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getNickname() {
        return nickname;
    }

    public String getRealName() {
        return realName;
    }

    public String getMobile() {
        return mobile;
    }

    public String getEmail() {
        return email;
    }

    public String getPortrait() {
        return portrait;
    }

    public int getState() {
        return state;
    }

    public int getAuthType() {
        return authType;
    }

    public LocalDateTime getAuthTime() {
        return authTime;
    }

    public boolean isTest() {
        return isTest;
    }

    public long getTenantId() {
        return tenantId;
    }

    public String getSourceAppcode() {
        return sourceAppcode;
    }

    public int getFailedLoginCount() {
        return failedLoginCount;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public LocalDateTime getLastLoginTime() {
        return lastLoginTime;
    }

    public String getLastLoginIp() {
        return lastLoginIp;
    }

    public LocalDateTime getCreateTime() {
        return createTime;
    }

    public LocalDateTime getModifyTime() {
        return modifyTime;
    }

    public Set<String> getApps() {
        return Collections.unmodifiableSet(apps);
    }

    /** Never prints the password hash. */
    @Override
    public String toString() {
        return "UserAccount{id=" + id + ", username=" + username + ", state=" + state + "}";
    }
}
