package com.nuoer.contract.contract;

/** One filled template field of a contract ({@code fillData[key, value]}). */
public record FillValue(String key, String value) {
}
