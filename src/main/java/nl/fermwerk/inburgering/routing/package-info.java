/**
 * Taakverdeling: who does which onderdeel in which gemeente. Owns the one Java component that applies the DMN table
 * {@code taakverdeling} to every user task when it is created (candidate group, and read access for the betrokken
 * groups). The table itself is policy and lives in {@code processes/taakverdeling.dmn}.
 */
package nl.fermwerk.inburgering.routing;
