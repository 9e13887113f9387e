FROM ruby:3.3-slim
RUN gem install bundler
# expect: DL3028 @-1:17-24 gem `bundler` is installed without a version
RUN gem i bundler:2.5.10 rake
# expect: DL3028 @-1:26-30 `rake`
RUN gem install rails -v 7.1.3
RUN gem install rails --version=7.1.3
RUN gem install --no-document nokogiri
# expect: DL3028 @-1:31-39
RUN gem install -N nokogiri:1.16.5 -- --use-system-libraries
RUN gem install bundler:2.0.1 --use-system-libraries true
RUN gem install ./vendor/local-1.0.gem
RUN gem update --system
ONBUILD RUN gem install rake
# expect: DL3028 @-1:25-29
