package com.nuoer.contract.esign;

import com.nuoer.contract.ContractProperties;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The registered providers by code and the active one ({@code nuoer.contract.esign.provider}). */
@Component
public class EsignProviders {

    private final Map<String, EsignProvider> byCode;
    private final String active;

    public EsignProviders(List<EsignProvider> providers, ContractProperties properties) {
        this.byCode = providers.stream().collect(Collectors.toMap(EsignProvider::code, Function.identity()));
        this.active = properties.getEsign().getProvider();
        if (!byCode.containsKey(active)) {
            throw new IllegalStateException("nuoer.contract.esign.provider=" + active + " but only " + byCode.keySet()
                    + " are available");
        }
    }

    public EsignProvider active() {
        return byCode.get(active);
    }

    public Optional<EsignProvider> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
