package com.nuoer.contract.contract;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.session.AppCode;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.contract.projection.ProjectionStore;
import com.nuoer.contract.projection.ProjectionStore.DeptRow;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Which developer accounts the caller may see and act on (decided from the session, never from the body): crm staff
 * (menu {@code crm:contract}, checked on the controller) all; a salesman only the accounts of customers whose
 * {@code assistantId} is him unless {@code isAppManage}; a customer only its own account. An account or contract
 * outside the scope answers like an unknown one (404).
 */
@Component
public class ContractScope {

    /** The caller's reach. */
    public record Reach(Kind kind, Long deptId, Long salesmanId, SessionInfo session) {

        public enum Kind { ALL, SALESMAN, DEPT }

        public boolean covers(DeptRow dept) {
            return switch (kind) {
                case ALL -> true;
                case DEPT -> dept.deptId().equals(deptId);
                case SALESMAN -> salesmanId.equals(dept.assistantId());
            };
        }

        /** An SQL condition on a dept id column (with its parameters appended to {@code params}). */
        public String deptCondition(String deptIdColumn, List<Object> params) {
            return switch (kind) {
                case ALL -> "true";
                case DEPT -> {
                    params.add(deptId);
                    yield deptIdColumn + " = ?";
                }
                case SALESMAN -> {
                    params.add(salesmanId);
                    yield deptIdColumn + " in (select dv.dept_id from dept_view dv join customer_view cv"
                            + " on cv.organization_id = dv.organization_id where cv.assistant_id = ?)";
                }
            };
        }

        public Long userId() {
            return session.userId();
        }

        public String appcode() {
            return session.appcode();
        }
    }

    private final ProjectionStore projections;

    public ContractScope(ProjectionStore projections) {
        this.projections = projections;
    }

    public Reach reach() {
        SessionInfo session = SessionContext.require();
        AppCode app = AppCode.fromCode(session.appcode()).orElseThrow(() -> new BizException(ErrorCode.FORBIDDEN));
        return switch (app) {
            case CRM -> new Reach(Reach.Kind.ALL, null, null, session);
            case SALES -> Boolean.TRUE.equals(session.isAppManage())
                    ? new Reach(Reach.Kind.ALL, null, null, session)
                    : new Reach(Reach.Kind.SALESMAN, null,
                            session.salesmanId() != null ? session.salesmanId() : session.userId(), session);
            case BEEBACK -> {
                if (session.deptId() == null) {
                    throw new BizException(ErrorCode.FORBIDDEN, "当前账号尚未开通开发账户");
                }
                yield new Reach(Reach.Kind.DEPT, session.deptId(), null, session);
            }
            default -> throw new BizException(ErrorCode.FORBIDDEN);
        };
    }

    /** The account if the caller may act on it, else 404. */
    public DeptRow requireDept(Reach reach, Long deptId) {
        return projections.findDept(deptId).filter(reach::covers)
                .orElseThrow(ContractError.DEPT_NOT_FOUND::exception);
    }

    /** A contract the caller may act on (not deleted), else 404. */
    public DeptRow requireContract(Reach reach, DeptContract contract) {
        if (contract.deleted()) {
            throw ContractError.CONTRACT_NOT_FOUND.exception();
        }
        return projections.findDept(contract.deptId()).filter(reach::covers)
                .orElseThrow(ContractError.CONTRACT_NOT_FOUND::exception);
    }
}
