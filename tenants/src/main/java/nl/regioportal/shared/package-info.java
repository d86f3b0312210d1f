/** What every module shares: the exceptions application services throw for user mistakes. */
package nl.regioportal.shared;
