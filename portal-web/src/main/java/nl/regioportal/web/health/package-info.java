/**
 * MicroProfile Health: readiness (database reachable, schema migrated, Camel started) and liveness.
 */
package nl.regioportal.web.health;
