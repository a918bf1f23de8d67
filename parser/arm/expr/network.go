package expr

import (
	"fmt"
	"net/netip"
)

func asPrefix(v any) (netip.Prefix, error) {
	s, err := asString(v)
	if err != nil {
		return netip.Prefix{}, err
	}
	p, err := netip.ParsePrefix(s)
	if err != nil {
		return netip.Prefix{}, fmt.Errorf("%s is not a CIDR range such as 10.0.0.0/16", Quote(s))
	}
	return p.Masked(), nil
}

func fnParseCidr(_ *Context, a []any) (any, error) {
	p, err := asPrefix(a[0])
	if err != nil {
		return nil, err
	}
	first, last := p.Addr(), lastAddr(p)
	out := map[string]any{
		"network": p.Addr().String(),
		"cidr":    int64(p.Bits()),
	}
	if p.Addr().Is4() {
		out["netmask"] = netip.AddrFrom4(maskBytes4(p.Bits())).String()
		out["broadcast"] = last.String()
		if p.Bits() < 31 {
			first, last = first.Next(), last.Prev()
		}
	}
	out["firstUsable"] = first.String()
	out["lastUsable"] = last.String()
	return out, nil
}

func maskBytes4(bits int) [4]byte {
	var m [4]byte
	for i := 0; i < bits && i < 32; i++ {
		m[i/8] |= 0x80 >> (i % 8)
	}
	return m
}

func lastAddr(p netip.Prefix) netip.Addr {
	b := p.Addr().AsSlice()
	for i := p.Bits(); i < len(b)*8; i++ {
		b[i/8] |= 0x80 >> (i % 8)
	}
	addr, _ := netip.AddrFromSlice(b)
	return addr
}

func fnCidrSubnet(_ *Context, a []any) (any, error) {
	p, err := asPrefix(a[0])
	if err != nil {
		return nil, err
	}
	bits, err := asInt(a[1])
	if err != nil {
		return nil, err
	}
	n, err := asInt(a[2])
	if err != nil {
		return nil, err
	}
	total := p.Addr().BitLen()
	if bits < int64(p.Bits()) || bits > int64(total) {
		return nil, fmt.Errorf("new prefix length %d must lie between %d and %d", bits, p.Bits(), total)
	}
	if bits-int64(p.Bits()) < 63 && (n < 0 || n >= int64(1)<<(bits-int64(p.Bits()))) {
		return nil, fmt.Errorf("subnet index %d does not fit in %s split into /%d", n, p, bits)
	}
	b := p.Addr().AsSlice()
	// Write n into the bits between the old and the new prefix length.
	for i := int64(0); i < bits-int64(p.Bits()); i++ {
		bit := bits - 1 - i
		if n>>i&1 == 1 {
			b[bit/8] |= 0x80 >> (bit % 8)
		}
	}
	addr, _ := netip.AddrFromSlice(b)
	return netip.PrefixFrom(addr, int(bits)).String(), nil
}

func fnCidrHost(_ *Context, a []any) (any, error) {
	p, err := asPrefix(a[0])
	if err != nil {
		return nil, err
	}
	n, err := asInt(a[1])
	if err != nil {
		return nil, err
	}
	if n < 0 || n > 1<<16 {
		return nil, fmt.Errorf("host index %d is out of range", n)
	}
	// Azure counts usable hosts from the first address after the network.
	addr := p.Addr().Next()
	for i := int64(0); i < n; i++ {
		addr = addr.Next()
	}
	if !p.Contains(addr) {
		return nil, fmt.Errorf("host %d lies outside %s", n, p)
	}
	return addr.String(), nil
}
