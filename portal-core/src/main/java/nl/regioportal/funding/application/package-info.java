/**
 * The funding application services: arrangements and their versions, publishing, the
 * municipalities' reviews, locking and comparison; the role rules and small-number suppression.
 */
package nl.regioportal.funding.application;
