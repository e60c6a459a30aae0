// Who the browser extension is, for the manifests that must name it: its own manifest.json (the key
// that pins its Chromium id when loaded unpacked), and the native host manifests that admit only it.

/** The Native Messaging host's name, as the extension calls it and the host manifests declare it. */
export const NATIVE_HOST_NAME = 'app.softdial.host';

/** The extension's public key (SPKI, base64): Chromium derives the unpacked extension's id from it. */
export const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuaMDTLPLxvJOtM0l6zMfeybbdVEmnnqZyMqvHUQUu893BS8Sa2Sz3pjuev8dCjTQhi8A0X6PKsU20hLRoRU0M/t61bIBdpPOzSqTWRi3Bgkuqr6nWOSWZokjrnIcWccBJhisxFmAlNAgmTyWxEvWY7bbYXQ1RUW1h9qHi7kYA5o1eJU2aVOANnTxb08BpBJs+aNCiT2ftGQAufHQBRNdEGZTA7vTrBZM6Rj4WpZYQsxk7j8zUzMrut9LF72rM9Zp8I+sCNjor0y5dImyHKHiEwWfniOp87CbIoU5NqA1IOkHLmOlrPfZJp5E1zOOCE/heuW+m+ASj+SX+tykEEW5UwIDAQAB';

/** The Chromium id that key gives (the first 128 bits of its SHA-256, written with the letters a–p). */
export const CHROMIUM_EXTENSION_ID = 'pcgikaklipadblmbccjijigaggnhbgek';

/** The Firefox add-on id (browser_specific_settings.gecko.id). */
export const FIREFOX_EXTENSION_ID = 'softdial@softdial.app';
