module.exports = {
  title: 'Fixture SIG',
  url: 'https://sig.example.org',
  baseUrl: '/',
  onBrokenLinks: 'throw',
};
