package com.nuoer.contract;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code nuoer.contract.*}: links, storage, SMS limits and the e-sign provider of svc-contract. */
@ConfigurationProperties(prefix = "nuoer.contract")
public class ContractProperties {

    /** Base of the links handed to users (signing page, file downloads): the gateway's public address. */
    private String publicBaseUrl = "http://127.0.0.1:8080";
    /** HMAC key of the expiring download links. */
    private String linkSecret = "local-dev-contract-link-secret-0123456789";
    /** How long a download link stays valid. */
    private Duration linkTtl = Duration.ofHours(2);
    /** Local-disk file storage directory. */
    private String storageDir = System.getProperty("java.io.tmpdir") + "/nuoer-contract-files";
    /** Party B (the platform operator) printed on every contract. */
    private String partyB = "杭州诺尔数据科技有限公司";
    /** Optional TrueType/OpenType font with CJK glyphs for the PDF; none = built-in Helvetica (no CJK glyphs). */
    private String pdfFont = "";
    /** Daily expiry check (Asia/Shanghai). */
    private String expiryCron = "0 10 0 * * *";
    private final Sms sms = new Sms();
    private final Esign esign = new Esign();

    public static class Sms {
        private int perContractPerMinute = 1;
        private int perContractPerDay = 5;
        private int perMobilePerDay = 10;
        /** MessageTemplate of svc-customer's notification centre (params organizationName, contractNo, validDays, signUrl). */
        private String templateCode = "CONTRACT_SIGN_LINK";

        public int getPerContractPerMinute() { return perContractPerMinute; }
        public void setPerContractPerMinute(int v) { this.perContractPerMinute = v; }
        public int getPerContractPerDay() { return perContractPerDay; }
        public void setPerContractPerDay(int v) { this.perContractPerDay = v; }
        public int getPerMobilePerDay() { return perMobilePerDay; }
        public void setPerMobilePerDay(int v) { this.perMobilePerDay = v; }
        public String getTemplateCode() { return templateCode; }
        public void setTemplateCode(String v) { this.templateCode = v; }
    }

    public static class Esign {
        /** Active provider code: {@code sandbox} (built in) or a vendor's provider bean code. */
        private String provider = "sandbox";
        /** HMAC key the provider signs its callbacks with. */
        private String callbackSecret = "local-dev-esign-callback-secret-0123456789";
        /** Callbacks older than this are refused (replay guard). */
        private Duration callbackMaxAge = Duration.ofMinutes(10);
        /** Where the sandbox provider posts its callbacks (this service, reached directly). */
        private String sandboxCallbackUrl = "";

        public String getProvider() { return provider; }
        public void setProvider(String v) { this.provider = v; }
        public String getCallbackSecret() { return callbackSecret; }
        public void setCallbackSecret(String v) { this.callbackSecret = v; }
        public Duration getCallbackMaxAge() { return callbackMaxAge; }
        public void setCallbackMaxAge(Duration v) { this.callbackMaxAge = v; }
        public String getSandboxCallbackUrl() { return sandboxCallbackUrl; }
        public void setSandboxCallbackUrl(String v) { this.sandboxCallbackUrl = v; }
    }

    public String getPublicBaseUrl() { return publicBaseUrl; }
    public void setPublicBaseUrl(String v) { this.publicBaseUrl = v; }
    public String getLinkSecret() { return linkSecret; }
    public void setLinkSecret(String v) { this.linkSecret = v; }
    public Duration getLinkTtl() { return linkTtl; }
    public void setLinkTtl(Duration v) { this.linkTtl = v; }
    public String getStorageDir() { return storageDir; }
    public void setStorageDir(String v) { this.storageDir = v; }
    public String getPartyB() { return partyB; }
    public void setPartyB(String v) { this.partyB = v; }
    public String getPdfFont() { return pdfFont; }
    public void setPdfFont(String v) { this.pdfFont = v; }
    public String getExpiryCron() { return expiryCron; }
    public void setExpiryCron(String v) { this.expiryCron = v; }
    public Sms getSms() { return sms; }
    public Esign getEsign() { return esign; }
}
