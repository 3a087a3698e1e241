/**
 * The "My work" screens: the list of my open tasks and the task screen's shell. Case types plug their task forms
 * ({@link th.tidtam.work.ui.TaskForm}) and panels ({@link th.tidtam.work.ui.MyWorkPanel}) in as beans.
 */
@org.springframework.modulith.NamedInterface("ui")
package th.tidtam.work.ui;
