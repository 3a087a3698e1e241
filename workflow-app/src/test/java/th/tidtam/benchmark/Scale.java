package th.tidtam.benchmark;

/**
 * The sizes of a benchmark run. {@code province-10y}: one province over ten years; {@code national-1y}: 77 provinces
 * over one year with at least a million open tasks. Quick mode keeps the province whole and takes a fifth of the
 * nation, so that it runs in minutes on two cores; full mode takes both whole.
 */
record Scale(String name, int provinces, int unitsPerProvince, int positionsPerProvince, int directives,
        int partsPerDirective, int openTasks, int busyTasksPerPosition) {

    static Scale province10y() {
        return new Scale("province-10y", 1, 100, 2_000, 25_000, 6, 4_000, 120);
    }

    /** The province's own open tasks: the parts of the last months still being worked on. */
    static Scale province10yInbox() {
        return new Scale("province-10y", 1, 100, 2_000, 0, 0, 4_000, 120);
    }

    static Scale national1y(boolean full) {
        return full ? new Scale("national-1y", 77, 100, 1_950, 0, 0, 1_000_000, 400)
                : new Scale("national-1y/5", 77, 100, 1_950, 0, 0, 200_000, 400);
    }

    int positions() {
        return provinces * positionsPerProvince;
    }

    int units() {
        return provinces * unitsPerProvince;
    }
}
