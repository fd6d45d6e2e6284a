/**
 * The models as beleidsmedewerkers change them in Camunda Modeler (processes/ and forms/), and what keeps that safe:
 * <ul>
 *   <li>models run no foreign code (issue #20): every deployment, however it arrives, is checked before the engine
 *       stores it ({@link nl.fermwerk.inburgering.modellen.Modelkeuring}, hooked in by
 *       {@link nl.fermwerk.inburgering.modellen.ModelkeuringPlugin}): no scripts, no Java classes, no connectors, no
 *       Java serialisation, FEEL only in decision tables, forms that show values as text, and only the expressions
 *       and delegates of {@link nl.fermwerk.inburgering.modellen.ToegestaneExpressies}, the one list that the
 *       engine's expression manager also enforces at runtime
 *       ({@link nl.fermwerk.inburgering.modellen.AfgeschermdeExpressionManager});</li>
 *   <li>the register of deployments for functioneel beheer
 *       ({@link nl.fermwerk.inburgering.modellen.DeploymentRegistratie});</li>
 *   <li>the structural checks every model must pass before it runs, in CI
 *       ({@link nl.fermwerk.inburgering.modellen.ModelControle}), including the deploy check above;</li>
 *   <li>the list of message names the application correlates ({@link nl.fermwerk.inburgering.modellen.Berichten});</li>
 *   <li>the migration of running dossiers to a new process version by functioneel beheer
 *       ({@link nl.fermwerk.inburgering.modellen.Migraties}).</li>
 * </ul>
 * Deploying itself is the engine's REST API, guarded by the engine authorizations of {@code toegang}.
 */
package nl.fermwerk.inburgering.modellen;
