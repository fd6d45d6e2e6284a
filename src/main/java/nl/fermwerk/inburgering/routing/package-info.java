/**
 * Taakverdeling: who does which onderdeel in which gemeente. Looks the DMN table {@code taakverdeling} up
 * ({@link nl.fermwerk.inburgering.routing.Taakverdeling}, answering a
 * {@link nl.fermwerk.inburgering.routing.Toewijzing}) and reads a user task's properties as the model names them
 * ({@link nl.fermwerk.inburgering.routing.TaakEigenschappen}). What a task's candidate group and betrokken groups may
 * then do with the task is not decided here: {@code traject.Taakpijplijn} applies the answer to every user task,
 * {@code toegang} holds the rights. The table itself is policy and lives in {@code processes/taakverdeling.dmn}.
 */
package nl.fermwerk.inburgering.routing;
