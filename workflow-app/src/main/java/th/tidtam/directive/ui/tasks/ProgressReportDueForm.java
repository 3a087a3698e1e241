package th.tidtam.directive.ui.tasks;

/** The cadence asks for a progress report on the part (ถึงรอบรายงานความก้าวหน้า): filing it finishes the task. */
class ProgressReportDueForm extends DirectiveTaskForm {

    ProgressReportDueForm(TaskStep step) {
        super(step);
        partHeading();
        returnedComment(step.part());
        add(new ProgressReportSection(step, true));
        evidence();
    }
}
