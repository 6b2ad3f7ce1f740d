package io.mserve.engine.session;

import java.util.List;

/**
 * The names q reserves: its keywords (the reference card, ref/kwds) and the documented
 * functions of {@code .Q .h .j}. The table of primitives registers those the engine has and
 * {@code bootstrap.q} defines others; any other signals {@code 'nyi} when applied, never
 * undefined, never {@code ::}.
 */
final class Reserved {
    private Reserved() {}

    /** q's keywords, but the control words and q-SQL, which the parser reads, and {@code csv}, a constant. */
    static final List<String> KEYWORDS = List.of(("abs acos aj aj0 ajf ajf0 all and any asc asin asof atan attr avg avgs"
            + " bin binr ceiling cols cor cos count cov cross cut deltas desc dev differ distinct div dsave each ej ema enlist"
            + " eval except exit exp fby fills first fkeys flip floor get getenv group gtime hclose hcount hdel hopen hsym"
            + " iasc idesc ij ijf in insert inter inv key keys last like lj ljf load log lower lsq ltime ltrim mavg max maxs"
            + " mcount md5 mdev med meta min mins mmax mmin mmu mod msum neg next not null or over parse peach pj prd prds"
            + " prev prior rand rank ratios raze read0 read1 reciprocal reval reverse rload rotate rsave rtrim save scan scov"
            + " sdev set setenv show signum sin sqrt ss ssr string sublist sum sums sv svar system tables tan til trim type"
            + " uj ujf ungroup union upper upsert value var view views vs wavg where within wj wj1 wsum xasc xbar xcol"
            + " xcols xdesc xexp xgroup xkey xlog xprev xrank").split(" "));

    /** The documented functions of {@code .Q}, {@code .h} and {@code .j} (ref/dotq, ref/doth, ref/dotj). */
    static final List<String> FUNCTIONS = List.of((".Q.addmonths .Q.addr .Q.atob .Q.btoa .Q.bt .Q.bv .Q.bvi .Q.Cf"
            + " .Q.chk .Q.cn .Q.dd .Q.def .Q.dpft .Q.dpfts .Q.dpt .Q.dpts .Q.dsftg .Q.en .Q.ens .Q.f .Q.fc .Q.ff .Q.fk"
            + " .Q.fmt .Q.fps .Q.fpn .Q.fs .Q.fsn .Q.ft .Q.fu .Q.gc .Q.gz .Q.hdpf .Q.hg .Q.host .Q.hp .Q.id .Q.ind"
            + " .Q.ipc .Q.j10 .Q.j12 .Q.l .Q.ld .Q.li .Q.lo .Q.MAP .Q.opt .Q.par .Q.prf0 .Q.qp .Q.qt .Q.rp .Q.s .Q.s1"
            + " .Q.sbt .Q.sha1 .Q.trp .Q.trpd .Q.ts .Q.ty .Q.V .Q.v .Q.view .Q.w .Q.x10 .Q.x12 .Q.Xf"
            + " .h.cd .h.code .h.ed .h.edsn .h.fram .h.ha .h.hb .h.hc .h.he .h.hn .h.hp .h.hr .h.ht .h.hta .h.htac"
            + " .h.htc .h.html .h.http .h.hu .h.hug .h.hy .h.iso8601 .h.jx .h.ka .h.nbr .h.pre .h.td .h.text .h.uh"
            + " .h.val .h.xd .h.xmp .h.xs .h.xt .j.j .j.jd .j.k").split(" "));
}
