/**
 * The protobuf classes generated from the client messages' schema ({@code ClientMessages}, from
 * {@code client_messages.proto}): protocol v4's, which is v3's with wider numbers and a few more
 * messages and fields. The codecs map them to neutral messages; {@code V4Commands} lets tools
 * send and read them as they are.
 */
package io.extreme.protocol.core.proto;
