package com.nuoer.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nuoer.common.error.BizException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageSliceTest {

    private final List<Integer> rows = IntStream.rangeClosed(1, 25).boxed().toList();
    private final AtomicInteger counts = new AtomicInteger();

    private PageResult<Integer> run(PageSlice slice) {
        return slice.run(() -> {
            counts.incrementAndGet();
            return rows.size();
        }, (offset, limit) -> rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size())));
    }

    @Test
    void defaultsArePageOneOfTen() {
        PageResult<Integer> page = run(PageSlice.of(null, null, null, null));

        assertThat(page.pageNo()).isEqualTo(1);
        assertThat(page.pageSize()).isEqualTo(10);
        assertThat(page.results()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(page.hasNext()).isTrue();
        assertThat(page.total()).isEqualTo(25);
        assertThat(page.isLarge()).isFalse();
    }

    @Test
    void theLastPageHasNoNext() {
        PageResult<Integer> page = run(PageSlice.of(3, 10, false, false));

        assertThat(page.results()).containsExactly(21, 22, 23, 24, 25);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void largePageNeverCountsAndAnswersHasNextFromTheExtraRow() {
        PageResult<Integer> first = run(PageSlice.of(1, 10, false, true));
        PageResult<Integer> last = run(PageSlice.of(3, 10, false, true));

        assertThat(counts.get()).isZero();
        assertThat(first.total()).isNull();
        assertThat(first.isLarge()).isTrue();
        assertThat(first.hasNext()).isTrue();
        assertThat(first.results()).hasSize(10);
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void nonPageWinsOverLargePageAndReturnsEverything() {
        PageResult<Integer> all = run(PageSlice.of(2, 5, true, true));

        assertThat(all.results()).hasSize(25);
        assertThat(all.hasNext()).isFalse();
        assertThat(all.isLarge()).isFalse();
        assertThat(counts.get()).isZero();
    }

    @Test
    void nonPageAboveTheCapIsRefusedNotCut() {
        PageSlice slice = PageSlice.of(null, null, true, null);
        assertThatThrownBy(() -> slice.run(() -> 0, (offset, limit) -> IntStream.range(0, limit).boxed().toList()))
                .isInstanceOf(BizException.class)
                .hasMessageContaining("5000");
    }

    @Test
    void pageSizeAboveTheMaximumIsABadRequest() {
        assertThatThrownBy(() -> PageSlice.of(1, 501, false, false))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.httpStatus()).isEqualTo(400));
    }

    @Test
    void anEmptyFirstPageSkipsTheCount() {
        PageResult<Integer> page = PageSlice.of(1, 10, false, false).run(counts::incrementAndGet, (o, l) -> List.of());

        assertThat(page.total()).isZero();
        assertThat(counts.get()).isZero();
    }
}
