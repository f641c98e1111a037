package com.nuoer.customer.org;

import jakarta.validation.constraints.Size;

/**
 * Address value (domain.md §2.2), stored as JSON: province/city/district/street codes and names, the detail and the
 * full address. {@code id} is the seed's; kept when a client sends it, never used as a key.
 */
public record Address(
        Long id,
        @Size(max = 32) String provinceCode,
        @Size(max = 64) String provinceName,
        @Size(max = 32) String cityCode,
        @Size(max = 64) String cityName,
        @Size(max = 32) String districtCode,
        @Size(max = 64) String districtName,
        @Size(max = 32) String streetCode,
        @Size(max = 64) String streetName,
        @Size(max = 256) String addressDetail,
        @Size(max = 512) String fullAddress) {

    /** The full address, built from the parts when the client sent none. */
    public Address normalised() {
        if (fullAddress != null && !fullAddress.isBlank()) {
            return this;
        }
        StringBuilder full = new StringBuilder();
        for (String part : new String[] {provinceName, cityName, districtName, streetName, addressDetail}) {
            if (part != null && !part.isBlank()) {
                full.append(part);
            }
        }
        return new Address(id, provinceCode, provinceName, cityCode, cityName, districtCode, districtName, streetCode,
                streetName, addressDetail, full.isEmpty() ? null : full.toString());
    }
}
