-- Tasks for the province-wide roles (governor, head of office) find their position by role on every task creation:
-- by index, not by reading the whole chain of command (150,000 positions at national scale).
create index ix_position_role on org_position (role);
