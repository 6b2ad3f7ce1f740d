package io.mserve.ipc.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An enumerated symbol vector: item r is the domain's symbol at code r, the very same String; a bad domain or code is refused. */
class SymbolEnumerationTest {
    private static final String[] DOMAIN = {"ibm", "msft", ""};

    @Test
    void eachItemIsTheDomainsSymbolAtItsCode() {
        SymbolVector v = SymbolVector.enumerated(DOMAIN, new int[] {1, 0, 1, 2});
        assertThat(v.items()).containsExactly("msft", "ibm", "msft", "");
        assertThat(v.items()[0]).isSameAs(DOMAIN[1]);
        assertThat(v.enumeration().domain()).isSameAs(DOMAIN);
        assertThat(v.enumeration().codes()).containsExactly(1, 0, 1, 2);
        assertThat(v.count()).isEqualTo(4);
        assertThat(v.at(3)).isEqualTo(new SymbolAtom(""));
    }

    @Test
    void anEnumeratedVectorEqualsThePlainVectorOfItsItems() {
        SymbolVector enumerated = SymbolVector.enumerated(DOMAIN, new int[] {0, 0, 1});
        SymbolVector plain = new SymbolVector(new String[] {"ibm", "ibm", "msft"});
        assertThat(plain.enumeration()).isNull();
        assertThat(enumerated).isEqualTo(plain);
        assertThat(plain).isEqualTo(enumerated);
        assertThat(enumerated.hashCode()).isEqualTo(plain.hashCode());
    }

    @Test
    void anAttributeKeepsTheEnumeration() {
        SymbolVector v = SymbolVector.enumerated(DOMAIN, new int[] {0, 1});
        SymbolVector sorted = v.withAttribute(Attribute.SORTED);
        assertThat(sorted.attribute()).isEqualTo(Attribute.SORTED);
        assertThat(sorted.enumeration()).isSameAs(v.enumeration());
    }

    @Test
    void newCodesOverTheSameDomainShareIt() {
        SymbolVector v = SymbolVector.enumerated(DOMAIN, new int[] {0, 1, 2});
        SymbolVector w = v.enumeration().vector(new int[] {2, 2});
        assertThat(w.items()).containsExactly("", "");
        assertThat(w.enumeration().domain()).isSameAs(DOMAIN);
    }

    @Test
    void anEmptyVectorMayHaveAnyDomain() {
        assertThat(SymbolVector.enumerated(new String[0], new int[0]).count()).isZero();
        assertThat(SymbolVector.enumerated(DOMAIN, new int[0]).items()).isEmpty();
    }

    @Test
    void aCodeOutsideTheDomainIsRefused() {
        assertThatThrownBy(() -> SymbolVector.enumerated(DOMAIN, new int[] {0, 3})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SymbolVector.enumerated(DOMAIN, new int[] {-1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SymbolVector.enumerated(new String[0], new int[] {0})).isInstanceOf(IllegalArgumentException.class);
        SymbolVector v = SymbolVector.enumerated(DOMAIN, new int[] {0});
        assertThatThrownBy(() -> v.enumeration().vector(new int[] {1, 7})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDomainHoldingASymbolTwiceOrANullIsRefused() {
        assertThatThrownBy(() -> SymbolVector.enumerated(new String[] {"a", "b", new String("a")}, new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeated");
        assertThatThrownBy(() -> SymbolVector.enumerated(new String[] {"a", null}, new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
    }
}
