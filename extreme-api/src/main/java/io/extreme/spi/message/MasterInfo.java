package io.extreme.spi.message;

/**
 * Where the master is, in a {@link NotHandled} for NotMaster.
 *
 * @param externalSecureTcpAddress or null
 * @param externalSecureTcpPort or null
 */
public record MasterInfo(String externalTcpAddress, int externalTcpPort, String externalHttpAddress, int externalHttpPort, String externalSecureTcpAddress, Integer externalSecureTcpPort) {
}
