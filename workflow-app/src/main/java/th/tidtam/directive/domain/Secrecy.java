package th.tidtam.directive.domain;

/**
 * ชั้นความลับ handled by the system. ลับที่สุด (top secret) is deliberately absent: the secrecy regulation forbids
 * handling it electronically, so it is refused at the door.
 */
public enum Secrecy {
    NONE, CONFIDENTIAL, SECRET
}
