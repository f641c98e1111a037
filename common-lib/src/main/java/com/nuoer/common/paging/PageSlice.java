package com.nuoer.common.paging;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A normalised page request and the rules of domain.md §5.2: defaults pageNo 1 / pageSize 10, pageSize at most
 * {@value #MAX_PAGE_SIZE}; {@code nonPage} returns every row up to {@value #NON_PAGE_CAP} (more is refused with a
 * clear message rather than silently cut); {@code largePage} runs no count query, fetches pageSize+1 rows and
 * answers hasNext from the extra row, total null; deep offsets are capped at {@value #MAX_OFFSET} rows.
 */
public record PageSlice(Mode mode, int pageNo, int pageSize) {

    public enum Mode { COUNTED, LARGE, ALL }

    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 500;
    public static final int NON_PAGE_CAP = 5000;
    public static final int MAX_OFFSET = 100_000;

    public static PageSlice of(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage) {
        if (Boolean.TRUE.equals(nonPage)) {
            return new PageSlice(Mode.ALL, 1, NON_PAGE_CAP);
        }
        int no = pageNo == null || pageNo < 1 ? 1 : pageNo;
        int size = pageSize == null || pageSize < 1 ? DEFAULT_PAGE_SIZE : pageSize;
        if (size > MAX_PAGE_SIZE) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "pageSize: 每页条数不能超过" + MAX_PAGE_SIZE);
        }
        if ((long) (no - 1) * size > MAX_OFFSET) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "pageNo: 翻页过深，请缩小查询范围");
        }
        return new PageSlice(Boolean.TRUE.equals(largePage) ? Mode.LARGE : Mode.COUNTED, no, size);
    }

    public int offset() {
        return (pageNo - 1) * pageSize;
    }

    /** Rows to fetch: one more than needed, so hasNext (and the nonPage cap) is known without counting. */
    public int fetchSize() {
        return pageSize + 1;
    }

    /**
     * Runs the page: {@code fetch} receives (offset, limit) and returns at most limit rows; {@code count} is called
     * only in COUNTED mode.
     */
    public <T> PageResult<T> run(LongSupplier count, Fetch<T> fetch) {
        List<T> rows = fetch.rows(offset(), fetchSize());
        boolean more = rows.size() > pageSize;
        List<T> page = more ? rows.subList(0, pageSize) : rows;
        return switch (mode) {
            case ALL -> {
                if (more) {
                    throw new BizException(ErrorCode.VALIDATION_FAILED,
                            "数据超过" + NON_PAGE_CAP + "条，请缩小查询范围或分页查询");
                }
                yield new PageResult<>(1, page.size(), false, (long) page.size(), List.copyOf(page), false);
            }
            case LARGE -> new PageResult<>(pageNo, pageSize, more, null, List.copyOf(page), true);
            case COUNTED -> {
                long total = page.isEmpty() && pageNo == 1 ? 0 : count.getAsLong();
                yield new PageResult<>(pageNo, pageSize, more, total, List.copyOf(page), false);
            }
        };
    }

    /** Fetches at most {@code limit} rows starting at {@code offset}. */
    @FunctionalInterface
    public interface Fetch<T> {
        List<T> rows(int offset, int limit);
    }

    /** Convenience for mapping entity pages to DTO pages. */
    public static <S, T> PageResult<T> map(PageResult<S> page, Function<S, T> mapper) {
        return page.map(mapper);
    }
}
