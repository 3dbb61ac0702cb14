package io.textmend.encoding;

/**
 * Options for {@link EncodingDetector}. Immutable; use the {@code withX} copies.
 *
 * @param givenCharset a charset the caller knows, or {@code null}; used unless a BOM says otherwise
 * @param refuseBinary refuse binary input with {@link BinaryInputException} (default true)
 * @param repairMixed  decode invalid runs inside UTF-8 with the legacy charset that fits them
 */
public record EncodingOptions(String givenCharset, boolean refuseBinary, boolean repairMixed) {

    public static EncodingOptions defaults() {
        return new EncodingOptions(null, true, true);
    }

    public EncodingOptions withGivenCharset(String charset) {
        return new EncodingOptions(charset, refuseBinary, repairMixed);
    }

    public EncodingOptions withRefuseBinary(boolean refuse) {
        return new EncodingOptions(givenCharset, refuse, repairMixed);
    }

    public EncodingOptions withRepairMixed(boolean repair) {
        return new EncodingOptions(givenCharset, refuseBinary, repair);
    }
}
