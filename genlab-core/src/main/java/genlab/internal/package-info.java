/**
 * Plumbing that GenLab's own packages and modules share, and no user needs: the engine's start,
 * the seeded random streams of a run, the classifier that scores samples. It
 * may change in any release and is left out of the published javadoc.
 */
package genlab.internal;
