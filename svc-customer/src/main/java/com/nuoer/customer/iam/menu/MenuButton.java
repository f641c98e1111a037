package com.nuoer.customer.iam.menu;

/** A button (operation) of a page: {@code label} shown, {@code value} granted to roles (operableButtons). */
public record MenuButton(String label, String value) {
}
