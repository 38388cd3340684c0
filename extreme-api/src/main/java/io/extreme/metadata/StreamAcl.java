package io.extreme.metadata;

import java.util.List;

/**
 * Who may do what to a stream: the {@code $acl} of its metadata. Each list holds roles: a user
 * name, {@code $admins}, {@code $ops} or {@code $all} (everyone, anonymous included). An empty
 * list leaves that right to the server's default.
 *
 * @param readRoles      may read ({@code $r})
 * @param writeRoles     may append ({@code $w})
 * @param deleteRoles    may delete ({@code $d})
 * @param metaReadRoles  may read the metadata ({@code $mr})
 * @param metaWriteRoles may write the metadata ({@code $mw})
 */
public record StreamAcl(List<String> readRoles, List<String> writeRoles, List<String> deleteRoles,
                        List<String> metaReadRoles, List<String> metaWriteRoles) {
    /** Everyone: {@code $all}. */
    public static final String ALL = "$all";
    /** The administrators' group. */
    public static final String ADMINS = "$admins";
    /** The operators' group. */
    public static final String OPS = "$ops";

    public StreamAcl {
        readRoles = List.copyOf(readRoles);
        writeRoles = List.copyOf(writeRoles);
        deleteRoles = List.copyOf(deleteRoles);
        metaReadRoles = List.copyOf(metaReadRoles);
        metaWriteRoles = List.copyOf(metaWriteRoles);
    }

    /** An ACL that leaves every right to the default. */
    public static StreamAcl none() {
        return new StreamAcl(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A copy with the read roles. */
    public StreamAcl withRead(String... roles) {
        return new StreamAcl(List.of(roles), writeRoles, deleteRoles, metaReadRoles, metaWriteRoles);
    }

    /** A copy with the write roles. */
    public StreamAcl withWrite(String... roles) {
        return new StreamAcl(readRoles, List.of(roles), deleteRoles, metaReadRoles, metaWriteRoles);
    }

    /** A copy with the delete roles. */
    public StreamAcl withDelete(String... roles) {
        return new StreamAcl(readRoles, writeRoles, List.of(roles), metaReadRoles, metaWriteRoles);
    }

    /** A copy with the metadata-read roles. */
    public StreamAcl withMetaRead(String... roles) {
        return new StreamAcl(readRoles, writeRoles, deleteRoles, List.of(roles), metaWriteRoles);
    }

    /** A copy with the metadata-write roles. */
    public StreamAcl withMetaWrite(String... roles) {
        return new StreamAcl(readRoles, writeRoles, deleteRoles, metaReadRoles, List.of(roles));
    }

    /** Whether no right is set. */
    public boolean isEmpty() {
        return readRoles.isEmpty() && writeRoles.isEmpty() && deleteRoles.isEmpty()
                && metaReadRoles.isEmpty() && metaWriteRoles.isEmpty();
    }
}
