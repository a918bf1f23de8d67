package terraform

import (
	"fmt"
	"math/big"
	"net/netip"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

func parsePrefix(s string) (netip.Prefix, error) {
	p, err := netip.ParsePrefix(s)
	if err != nil {
		return netip.Prefix{}, fmt.Errorf("invalid CIDR expression: %w", err)
	}
	return p.Masked(), nil
}

func addrToInt(a netip.Addr) *big.Int { return new(big.Int).SetBytes(a.AsSlice()) }

func intToAddr(n *big.Int, is4 bool) (netip.Addr, error) {
	size := 16
	if is4 {
		size = 4
	}
	b := n.Bytes()
	if len(b) > size || n.Sign() < 0 {
		return netip.Addr{}, fmt.Errorf("address is out of range")
	}
	buf := make([]byte, size)
	copy(buf[size-len(b):], b)
	a, _ := netip.AddrFromSlice(buf)
	return a, nil
}

// subnet returns the netnum'th subnet of base with newbits more mask bits.
func subnet(base netip.Prefix, newbits int, netnum *big.Int) (netip.Prefix, error) {
	bits := base.Bits() + newbits
	if newbits < 0 || bits > base.Addr().BitLen() {
		return netip.Prefix{}, fmt.Errorf("insufficient address space to extend prefix of %d by %d", base.Bits(), newbits)
	}
	if netnum.Sign() < 0 || netnum.BitLen() > newbits {
		return netip.Prefix{}, fmt.Errorf("prefix extension of %d does not accommodate a subnet numbered %s", newbits, netnum)
	}
	n := addrToInt(base.Addr())
	shift := uint(base.Addr().BitLen() - bits)
	n.Or(n, new(big.Int).Lsh(netnum, shift))
	a, err := intToAddr(n, base.Addr().Is4())
	if err != nil {
		return netip.Prefix{}, err
	}
	return netip.PrefixFrom(a, bits), nil
}

func bigInt(v cty.Value) (*big.Int, error) {
	bf := v.AsBigFloat()
	if !bf.IsInt() {
		return nil, fmt.Errorf("%s is not a whole number", bf.Text('g', -1))
	}
	n, _ := bf.Int(nil)
	return n, nil
}

var cidrSubnetFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "prefix", Type: cty.String}, {Name: "newbits", Type: cty.Number}, {Name: "netnum", Type: cty.Number}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		base, err := parsePrefix(args[0].AsString())
		if err != nil {
			return cty.NilVal, err
		}
		nb, err := bigInt(args[1])
		if err != nil || !nb.IsInt64() || nb.Int64() > 128 {
			return cty.NilVal, fmt.Errorf("newbits must be a whole number up to 128")
		}
		num, err := bigInt(args[2])
		if err != nil {
			return cty.NilVal, err
		}
		p, err := subnet(base, int(nb.Int64()), num)
		if err != nil {
			return cty.NilVal, err
		}
		return cty.StringVal(p.String()), nil
	},
})

var cidrSubnetsFunc = function.New(&function.Spec{
	Params:   []function.Parameter{{Name: "prefix", Type: cty.String}},
	VarParam: &function.Parameter{Name: "newbits", Type: cty.Number},
	Type:     function.StaticReturnType(cty.List(cty.String)),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		base, err := parsePrefix(args[0].AsString())
		if err != nil {
			return cty.NilVal, err
		}
		if len(args) == 1 {
			return cty.ListValEmpty(cty.String), nil
		}
		if len(args) > 1+1024 {
			return cty.NilVal, fmt.Errorf("too many subnets requested")
		}
		width := base.Addr().BitLen()
		next := addrToInt(base.Addr())
		end := new(big.Int).Add(next, new(big.Int).Lsh(big.NewInt(1), uint(width-base.Bits())))
		var out []cty.Value
		for _, a := range args[1:] {
			nb, err := bigInt(a)
			if err != nil || !nb.IsInt64() || nb.Int64() < 1 || int(nb.Int64())+base.Bits() > width {
				return cty.NilVal, fmt.Errorf("each newbits must be between 1 and %d", width-base.Bits())
			}
			bits := base.Bits() + int(nb.Int64())
			size := new(big.Int).Lsh(big.NewInt(1), uint(width-bits))
			// Align the next free address to this subnet's size.
			rem := new(big.Int).Mod(next, size)
			if rem.Sign() != 0 {
				next.Add(next, new(big.Int).Sub(size, rem))
			}
			if new(big.Int).Add(next, size).Cmp(end) > 0 {
				return cty.NilVal, fmt.Errorf("not enough remaining address space for a subnet with a prefix of %d bits", bits)
			}
			addr, err := intToAddr(next, base.Addr().Is4())
			if err != nil {
				return cty.NilVal, err
			}
			out = append(out, cty.StringVal(netip.PrefixFrom(addr, bits).String()))
			next = new(big.Int).Add(next, size)
		}
		return cty.ListVal(out), nil
	},
})

var cidrHostFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "prefix", Type: cty.String}, {Name: "hostnum", Type: cty.Number}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		base, err := parsePrefix(args[0].AsString())
		if err != nil {
			return cty.NilVal, err
		}
		num, err := bigInt(args[1])
		if err != nil {
			return cty.NilVal, err
		}
		hostBits := uint(base.Addr().BitLen() - base.Bits())
		size := new(big.Int).Lsh(big.NewInt(1), hostBits)
		if num.Sign() < 0 {
			num.Add(num, size)
		}
		if num.Sign() < 0 || num.Cmp(size) >= 0 {
			return cty.NilVal, fmt.Errorf("prefix of %d does not accommodate a host numbered %s", base.Bits(), args[1].AsBigFloat().Text('f', -1))
		}
		n := addrToInt(base.Addr())
		n.Add(n, num)
		a, err := intToAddr(n, base.Addr().Is4())
		if err != nil {
			return cty.NilVal, err
		}
		return cty.StringVal(a.String()), nil
	},
})

var cidrNetmaskFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "prefix", Type: cty.String}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		base, err := parsePrefix(args[0].AsString())
		if err != nil {
			return cty.NilVal, err
		}
		if !base.Addr().Is4() {
			return cty.NilVal, fmt.Errorf("only IPv4 networks have a netmask")
		}
		m := uint32(0xffffffff) << (32 - base.Bits())
		if base.Bits() == 0 {
			m = 0
		}
		return cty.StringVal(fmt.Sprintf("%d.%d.%d.%d", m>>24, m>>16&0xff, m>>8&0xff, m&0xff)), nil
	},
})
