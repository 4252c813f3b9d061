/** The command line: the picocli root and one command per subcommand; the only package importing picocli. */
package org.stancegraph.cli;
