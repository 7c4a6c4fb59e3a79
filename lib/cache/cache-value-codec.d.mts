// Types for cache-value-codec.mjs.
export declare function encodeValue(value: unknown): Buffer;
export declare function decodeValue(bytes: Buffer): any;
