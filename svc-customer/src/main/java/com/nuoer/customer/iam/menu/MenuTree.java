package com.nuoer.customer.iam.menu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The menus of one app as a tree (sorted by sort, id), optionally cut down to some granted pages. */
public final class MenuTree {

    /** A menu, its parent's title and its children. */
    public record Node(PageMenu menu, String parentTitle, List<Node> children) {
    }

    private final Map<Long, PageMenu> byId = new HashMap<>();
    private final List<PageMenu> ordered;

    public MenuTree(List<PageMenu> menusInOrder) {
        this.ordered = menusInOrder;
        menusInOrder.forEach(m -> byId.put(m.getId(), m));
    }

    /** The whole tree. */
    public List<Node> all() {
        return build(null);
    }

    /** Only the granted pages and the directories above them. */
    public List<Node> restrictedTo(Collection<Long> grantedIds) {
        return build(withAncestors(grantedIds));
    }

    /** Codes of the granted menus and of every directory above them (what a session's {@code menus} holds). */
    public List<String> codesOf(Collection<Long> grantedIds) {
        Set<Long> ids = withAncestors(grantedIds);
        return ordered.stream().filter(m -> ids.contains(m.getId())).map(PageMenu::getCode).toList();
    }

    public List<String> allCodes() {
        return ordered.stream().map(PageMenu::getCode).toList();
    }

    private Set<Long> withAncestors(Collection<Long> grantedIds) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Long id : grantedIds) {
            PageMenu m = byId.get(id);
            Set<Long> seen = new HashSet<>();
            while (m != null && seen.add(m.getId())) {
                ids.add(m.getId());
                m = byId.get(m.getPid());
            }
        }
        return ids;
    }

    private List<Node> build(Set<Long> keep) {
        Map<Long, List<PageMenu>> children = new HashMap<>();
        List<PageMenu> roots = new ArrayList<>();
        for (PageMenu m : ordered) {
            if (keep != null && !keep.contains(m.getId())) {
                continue;
            }
            if (m.getPid() != 0 && byId.containsKey(m.getPid())) {
                children.computeIfAbsent(m.getPid(), k -> new ArrayList<>()).add(m);
            } else {
                roots.add(m);
            }
        }
        return nodes(roots, children, new HashSet<>());
    }

    private List<Node> nodes(List<PageMenu> level, Map<Long, List<PageMenu>> children, Set<Long> path) {
        List<Node> out = new ArrayList<>();
        for (PageMenu m : level) {
            if (!path.add(m.getId())) {
                continue; // a cycle in bad data: cut it
            }
            PageMenu parent = byId.get(m.getPid());
            out.add(new Node(m, parent == null ? null : parent.getTitle(),
                    nodes(children.getOrDefault(m.getId(), List.of()), children, path)));
            path.remove(m.getId());
        }
        return out;
    }
}
