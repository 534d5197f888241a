// Every test file runs with the network closed: only loopback is allowed.
// Slack, OpenAI and statistics APIs are answered by nock fixtures.
import nock from 'nock';

nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/);
