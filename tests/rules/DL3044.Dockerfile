FROM debian:12
ENV BLA="blubb"
ENV BLUBB="${BLA}/blubb"
ENV A="blubb" B="${FOOBLA}/blubb" C="$BLAFOO/blubb" D="A/$AB/A"
ENV E="x" F="$E/$EFOO/blubb"
# expect: DL3044 @-1:14-16 does not see `E="x"`
ENV PATH=/bla:${PATH}
ENV PATH=/bla:${PATH} PATH=/blubb:${PATH}
# expect: DL3044 @-1:35-42 `PATH` had before this line
ENV G=1 H='$G' I=\$G
ENV J=1 K=${J:-0}
# expect: DL3044 @-1:11-18
ENV L=late M=1
ENV L=new N=$L
# expect: DL3044 @-1:13-15 does not see `L=new`
ENV P=$Q Q=1
ARG R
ENV R=${R}
