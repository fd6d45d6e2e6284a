/**
 * The shared base every module may use and that uses no module: the engine clock that is "now" for the whole
 * application ({@link nl.fermwerk.inburgering.basis.Klok}), the value types of the law and the plan (gemeente,
 * doelgroep, leerroute, inkoopregio), their Dutch labels for people and the date format dd-mm-jjjj
 * ({@link nl.fermwerk.inburgering.basis.Labels}, the one source of labels), the field error of invalid input, the
 * database dialect, and which version of a decision table or form is the latest, known per node until the deployments
 * change ({@link nl.fermwerk.inburgering.basis.LaatsteVersies}). Nothing here knows a dossier, a process or a user.
 */
package nl.fermwerk.inburgering.basis;
