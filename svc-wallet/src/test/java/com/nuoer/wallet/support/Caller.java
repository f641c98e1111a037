package com.nuoer.wallet.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.common.session.IdentityHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls svc-wallet's endpoints with a gateway-signed session, exactly as the gateway forwards it. */
public final class Caller {

    private final Map<String, Object> session;
    private final WalletIT it;

    private Caller(Map<String, Object> session, WalletIT it) {
        this.session = session;
        this.it = it;
    }

    static Caller of(Map<String, Object> fields, WalletIT it) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("loginId", UUID.randomUUID().toString());
        s.put("stoken", UUID.randomUUID().toString());
        s.put("username", "it");
        s.put("loginAppCode", fields.get("appcode"));
        s.put("tenantId", 1);
        s.putAll(fields);
        return new Caller(s, it);
    }

    public JsonNode post(String path, Object body) {
        try {
            HttpHeaders h = new HttpHeaders();
            it.signer.headersFor(it.json.writeValueAsString(session), System.currentTimeMillis()).forEach(h::set);
            h.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<String> r = it.http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, h), String.class);
            return it.json.readTree(r.getBody());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public JsonNode postAnonymous(String path, Object body) {
        try {
            HttpHeaders h = new HttpHeaders();
            h.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<String> r = it.http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, h), String.class);
            return it.json.readTree(r.getBody());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
