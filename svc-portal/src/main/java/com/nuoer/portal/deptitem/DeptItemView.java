package com.nuoer.portal.deptitem;

import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Local projection of the products authorised to a developer account (deptItem, owned by svc-customer), table
 * {@code dept_item_view}. It is meant to be fed by svc-customer's {@code DeptItemChanged} events (full snapshot,
 * monotonic version); svc-customer does not publish them yet, so the table stays empty and
 * {@code categoryList?hasDeptItem=true} answers {@code hasDeptItem=false} everywhere — "unknown" counts as "not
 * opened". {@link #apply} is the hook the future listener calls.
 */
@Repository
public class DeptItemView {

    /** DeptItemState 10 已开通. */
    public static final int OPENED = 10;

    private final JdbcTemplate jdbc;

    public DeptItemView(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Products opened for the account. */
    public Set<String> openedItems(Long deptId) {
        if (deptId == null) {
            return Set.of();
        }
        return Set.copyOf(jdbc.queryForList(
                "select check_item from dept_item_view where dept_id = ? and state = ?", String.class, deptId, OPENED));
    }

    /** Upserts one snapshot, keeping the highest version per (deptId, checkItem). */
    public void apply(long deptId, String checkItem, int state, long version) {
        jdbc.update("""
                insert into dept_item_view (dept_id, check_item, state, version) values (?, ?, ?, ?)
                on conflict (dept_id, check_item) do update set state = excluded.state, version = excluded.version
                where dept_item_view.version <= excluded.version
                """, deptId, checkItem, state, version);
    }
}
