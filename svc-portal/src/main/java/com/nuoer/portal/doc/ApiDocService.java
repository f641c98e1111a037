package com.nuoer.portal.doc;

import com.nuoer.common.messaging.events.CheckItemChanged;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.portal.deptitem.DeptItemView;
import com.nuoer.portal.doc.web.ApiDocDtos.ApiDocDetail;
import com.nuoer.portal.doc.web.ApiDocDtos.ApiDocItem;
import com.nuoer.portal.doc.web.ApiDocDtos.CategoryView;
import com.nuoer.portal.doc.web.ApiDocDtos.CollectResult;
import com.nuoer.portal.doc.web.ApiDocDtos.SubcategoryView;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of the documentation site: categories, list, detail, favourites, and the catalogue sync. */
@Service
public class ApiDocService {

    private static final Logger log = LoggerFactory.getLogger(ApiDocService.class);

    private final ApiDocRepository docs;
    private final ApiCollectRepository collects;
    private final ApiCategoryQuery categories;
    private final DeptItemView deptItems;
    private final ApiDocMapper mapper;
    private final Clock clock;

    public ApiDocService(ApiDocRepository docs, ApiCollectRepository collects, ApiCategoryQuery categories,
            DeptItemView deptItems, ApiDocMapper mapper, Clock clock) {
        this.docs = docs;
        this.collects = collects;
        this.categories = categories;
        this.deptItems = deptItems;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The tree with the number of visible docs; hasDeptItem only for a logged-in developer account when asked. */
    @Transactional(readOnly = true)
    public List<CategoryView> categoryList(boolean withDeptItem) {
        List<ApiDoc> visible = docs.findVisible();
        Set<String> opened = withDeptItem
                ? deptItems.openedItems(SessionContext.current().map(SessionInfo::deptId).orElse(null))
                : Set.of();
        List<ApiCategoryQuery.Category> all = categories.all();
        List<CategoryView> tree = new ArrayList<>();
        for (ApiCategoryQuery.Category top : all) {
            if (top.parentCode() != null) {
                continue;
            }
            List<ApiDoc> inTop = visible.stream().filter(d -> top.code().equals(d.getCategoryCode())).toList();
            List<SubcategoryView> subs = all.stream().filter(c -> top.code().equals(c.parentCode()))
                    .map(sub -> {
                        List<ApiDoc> inSub = inTop.stream().filter(d -> sub.code().equals(d.getSubcategoryCode())).toList();
                        return new SubcategoryView(sub.code(), sub.name(), anyOpened(inSub, opened), inSub.size());
                    }).toList();
            tree.add(new CategoryView(top.code(), top.name(), anyOpened(inTop, opened), inTop.size(), subs));
        }
        return tree;
    }

    @Transactional(readOnly = true)
    public List<ApiDocItem> queryList(String categoryCode, String keyword) {
        String category = blankToNull(categoryCode);
        String pattern = Optional.ofNullable(blankToNull(keyword))
                .map(k -> "%" + k.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .orElse(null);
        return docs.search(category, pattern).stream().map(mapper::item).toList();
    }

    @Transactional(readOnly = true)
    public ApiDocDetail queryDetail(Long id, String checkItem) {
        String code = blankToNull(checkItem);
        if (id == null && code == null) {
            throw PortalErrorCode.DOC_KEY_MISSING.exception();
        }
        ApiDoc doc = (id != null ? docs.findById(id) : docs.findByCheckItem(code))
                .filter(d -> code == null || d.getCheckItem().equals(code))
                .filter(ApiDoc::isVisible)
                .orElseThrow(PortalErrorCode.DOC_NOT_FOUND::exception);
        boolean collected = SessionContext.current().filter(s -> !s.isService() && s.userId() != null)
                .map(s -> collects.existsByUserIdAndDeptIdAndCheckItem(s.userId(), deptOf(s), doc.getCheckItem()))
                .orElse(false);
        return mapper.detail(doc, categories.names(), collected);
    }

    /** Toggles the caller's favourite (login required: 401 envelope when anonymous). */
    @Transactional
    public CollectResult dealCollect(String checkItem) {
        SessionInfo session = SessionContext.require();
        ApiDoc doc = docs.findByCheckItem(checkItem.trim()).filter(ApiDoc::isVisible)
                .orElseThrow(PortalErrorCode.DOC_NOT_FOUND::exception);
        Long dept = deptOf(session);
        Optional<ApiCollect> existing = collects.findByUserIdAndDeptIdAndCheckItem(session.userId(), dept, doc.getCheckItem());
        if (existing.isPresent()) {
            collects.delete(existing.get());
            return new CollectResult(doc.getCheckItem(), false);
        }
        collects.save(new ApiCollect(session.userId(), dept, doc.getCheckItem(), LocalDateTime.now(clock)));
        return new CollectResult(doc.getCheckItem(), true);
    }

    /**
     * Keeps the doc in step with the catalogue (CheckItemChanged of svc-apicall): name, state (-1 hides it) and fee
     * type. A product without documentation is only logged — documentation is written by people, not generated.
     */
    @Transactional
    public void applyCatalogue(CheckItemChanged item) {
        docs.findByCheckItem(item.checkItem()).ifPresentOrElse(
                doc -> doc.applyCatalogue(item.itemName(), item.state(), feeTypeText(item.feeType()), item.version(),
                        LocalDateTime.now(clock)),
                () -> log.info("catalogue product {} has no portal documentation yet", item.checkItem()));
    }

    private static String feeTypeText(Integer feeType) {
        if (feeType == null) {
            return null;
        }
        return switch (feeType) {
            case 10 -> "查询计费";
            case 20 -> "查得计费";
            default -> null;
        };
    }

    private static boolean anyOpened(List<ApiDoc> docs, Set<String> opened) {
        return !opened.isEmpty() && docs.stream().anyMatch(d -> opened.contains(d.getCheckItem()));
    }

    private static Long deptOf(SessionInfo session) {
        return session.deptId() != null ? session.deptId() : 0L;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

}
