package com.nuoer.common.paging;

/**
 * The seed's paging request fields, implemented by list-query records: {@code pageNo} (from 1), {@code pageSize},
 * {@code nonPage} (all rows) and {@code largePage} (no count query). 「nonPage和largePage都为true时优先nonPage」.
 */
public interface PageParams {

    Integer pageNo();

    Integer pageSize();

    Boolean nonPage();

    Boolean largePage();

    default PageSlice slice() {
        return PageSlice.of(pageNo(), pageSize(), nonPage(), largePage());
    }
}
