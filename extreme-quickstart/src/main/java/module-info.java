/** The quick start: an embedded EventStore and a client talking to it over TCP. */
module io.extreme.quickstart {
    requires io.extreme.api;
    requires io.extreme.testkit;
}
