/* Builds the three pages of the add-in, following Microsoft's Office add-in template:
 *
 *   taskpane.html   the task pane Excel opens (src/taskpane/index.tsx, against Office.js)
 *   commands.html   the manifest's FunctionFile (src/commands/commands.ts)
 *   workbench.html  the same task pane in a plain browser, against an .xlsx file (src/workbench/index.tsx)
 *
 *   npm run build       production build into dist/, ready to host as it is
 *   npm run build:dev   development build into dist/
 *   npm run dev-server  webpack-dev-server on https://localhost:3000 (http when no dev certificate)
 *
 * Environment:
 *   ADDIN_PUBLIC_URL  where dist/ will be hosted (https, default https://anvisning.example.dk/). The
 *                     production build writes it into dist/manifest.xml instead of https://localhost:3000/.
 *   DEV_SERVER_HTTP=1 serve plain http without asking office-addin-dev-certs for a certificate.
 *
 * Office.js is never bundled: taskpane.html and commands.html load it from Microsoft's CDN.
 */
// The dev texts live in scripts/da.ts (every other sentence in src/core/da); `npm ci` compiles them to lib/ (prepare).
const da = require('./lib/scripts/da.js');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { Compilation, WebpackError } = require('webpack');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;
const DEFAULT_PUBLIC_URL = 'https://anvisning.example.dk/';

/** The production URL, checked: Office loads add-ins over https only. Always ends in '/'. */
function publicUrl() {
  if (!process.env.ADDIN_PUBLIC_URL) {
    console.warn(da.dev.publicUrlUnset(DEFAULT_PUBLIC_URL));
  }
  const raw = (process.env.ADDIN_PUBLIC_URL || DEFAULT_PUBLIC_URL).trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(da.dev.publicUrlInvalid(raw));
  }
  if (url.protocol !== 'https:') throw new Error(da.dev.publicUrlNotHttps(raw));
  if (url.search || url.hash) throw new Error(da.dev.publicUrlQuery(raw));
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The manifest to host: every dev-server URL moved to `base` (a bare origin, as in AppDomain, gets
 * base's origin), and the comments, which speak of the dev server, replaced by one line.
 */
function manifestFor(xml, base) {
  const origin = new URL(base).origin;
  const moved = xml.split(DEV_URL).join(base).split(DEV_URL.slice(0, -1)).join(origin);
  const withoutComments = moved.replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\r?\n?/g, '');
  return withoutComments.replace(/^(<\?xml[^>]*\?>\r?\n)/, `$1<!-- Built by \`npm run build\` for ${base} -->\n`);
}

/* Modules that need Node (fs, path) or belong to the command line. The browser pages use the
 * browser-safe ones (src/file/exceljsWorkbook.ts, src/file/xlsxCells.ts); importing one of these
 * from UI code fails the build with the import chain, rather than with a bare "Can't resolve 'fs'". */
const NODE_ONLY = [/[\\/]src[\\/]file[\\/](vacancyFile|resultFile|stateFile|readFile|targets|staging|exceljsEmptyResult)\.ts$/, /[\\/]src[\\/]cli[\\/]/];

class NodeOnlyGuard {
  apply(compiler) {
    compiler.hooks.compilation.tap('NodeOnlyGuard', (compilation) => {
      compilation.hooks.finishModules.tap('NodeOnlyGuard', (modules) => {
        for (const module of modules) {
          const resource = module.resource;
          if (!resource || !NODE_ONLY.some((re) => re.test(resource))) continue;
          const chain = [];
          for (let m = module; m && chain.length < 10; m = compilation.moduleGraph.getIssuer(m)) {
            chain.push(path.relative(__dirname, m.resource || m.identifier()));
          }
          compilation.errors.push(new WebpackError(`${chain[0]} is Node-only (fs, the command line) and must not reach the browser bundle. Imported via: ${chain.join(' <- ')}`));
        }
      });
    });
  }
}

/* exceljs' browser bundle arrives minified; minifying its 900 KB again cost about 10 of a
 * production build's 45 s on two cores, for nothing. Marking the chunk as minimized makes webpack's
 * minimizer pass over it. */
class KeepPreminified {
  constructor(chunkName) {
    this.chunkName = chunkName;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('KeepPreminified', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'KeepPreminified', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 }, () => {
        for (const chunk of compilation.chunks) {
          if (chunk.name !== this.chunkName) continue;
          for (const file of chunk.files) {
            if (file.endsWith('.js')) compilation.updateAsset(file, (source) => source, { minimized: true });
          }
        }
      });
    });
  }
}

/** https options from office-addin-dev-certs (it creates and trusts a localhost certificate), else null. */
async function devCertificates() {
  if (process.env.DEV_SERVER_HTTP === '1') return null;
  try {
    const devCerts = require('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const reason = String((error && error.message) || error).split('\n')[0];
    console.warn(da.dev.noCertificate(reason, DEV_PORT));
    return null;
  }
}

module.exports = async (env = {}, argv = {}) => {
  // As in Microsoft's template, --mode decides; `webpack serve` without it is development.
  const dev = (argv.mode || (env.WEBPACK_SERVE ? 'development' : 'production')) === 'development';
  // Certificates only when serving: a build must not try to install a CA.
  const certificates = env.WEBPACK_SERVE ? await devCertificates() : null;
  const base = dev ? DEV_URL : publicUrl();

  return {
    mode: dev ? 'development' : 'production',
    context: __dirname,
    target: 'web',
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      workbench: './src/workbench/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.json'],
      alias: {
        // exceljs' package.json "browser" field names this prebuilt bundle (zip, streams and Buffer
        // included); its "main" (excel.js) would pull Node's fs, stream and crypto into the page.
        exceljs$: require.resolve('exceljs/dist/exceljs.min.js'),
      },
    },
    module: {
      // Already a self-contained browserify bundle: nothing for webpack to resolve in it.
      noParse: /[\\/]node_modules[\\/]exceljs[\\/]dist[\\/]/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // Types are checked by `npm run typecheck` and `npm test`; the bundle only transpiles.
              transpileOnly: true,
              compilerOptions: {
                // ES modules let webpack drop the unused parts of Fluent UI; es2020 for older
                // WebViews (Excel on a Mac uses Safari's); class fields keep ES2022 semantics.
                module: 'es2020',
                target: 'es2020',
                useDefineForClassFields: true,
                sourceMap: dev,
              },
            },
          },
        },
        // JSON (rules/*.json) is imported by webpack itself, no loader needed.
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // ~1 MB, shared by the workbench and (when it imports it) the task pane; its own file
          // so it is cached apart from our code.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'all', enforce: true },
        },
      },
    },
    // While serving, errors and one line per rebuild; the start script prints where to go.
    stats: env.WEBPACK_SERVE ? 'minimal' : 'normal',
    performance: { hints: dev ? false : 'warning', maxAssetSize: 3_000_000, maxEntrypointSize: 4_000_000 },
    plugins: [
      new NodeOnlyGuard(),
      new KeepPreminified('exceljs'),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'workbench.html', template: './src/workbench/workbench.html', chunks: ['workbench'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'examples/ledige-boliger.xlsx', to: 'examples/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : manifestFor(content.toString('utf8'), base)),
          },
        ],
      }),
    ],
    devServer: {
      host: 'localhost',
      port: DEV_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: certificates ? { type: 'https', options: certificates } : { type: 'http' },
      static: false,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};

module.exports.DEV_URL = DEV_URL;
module.exports.DEFAULT_PUBLIC_URL = DEFAULT_PUBLIC_URL;
module.exports.manifestFor = manifestFor;
