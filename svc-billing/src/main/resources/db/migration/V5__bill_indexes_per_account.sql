-- month close and late usage work per developer account: find its usage and daily bills of a month by account first
create index usage_day_dept_date on usage_day (dept_id, usage_date);
create index bill_detail_dept_type_date on bill_detail (dept_id, bill_type, bill_date);
