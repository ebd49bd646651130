import Image from 'next/image'
import { cookies } from 'next/headers'
import { Suspense } from 'react'
import { decrypt, encrypt, type FlagValuesType } from '@vercel/flags'
import Statsig from 'statsig-node'
import { FlagValues } from '@vercel/flags/react'

/**
 * A function which respects overrides set by the Toolbar, and returns feature flags.
 */
async function getFlags() {
  const cookieStore = await cookies()
  const overridesCookieValue = cookieStore.get('vercel-flag-overrides')?.value
  const overrides = overridesCookieValue
    ? await decrypt<Record<string, boolean>>(overridesCookieValue)
    : null

  await Statsig.initialize(process.env.STATSIG_SERVER_API_KEY!)

  const user = { userID: 'user_abcd' }

  const flags = {
    // We fall back to false here, but you could fall back to values of your
    // flag provider instead
    docs: overrides?.docs ?? Statsig.checkGateSync(user, 'docs'),
    learn: overrides?.learn ?? Statsig.checkGateSync(user, 'learn'),
    templates: overrides?.templates ?? Statsig.checkGateSync(user, 'templates'),
    deploy: overrides?.deploy ?? Statsig.checkGateSync(user, 'deploy'),
    get_started:
      // @ts-ignore
      overrides?.get_started?.show ??
      Statsig.getExperimentSync(user, 'get_started').getValue('show'),
  }

  return flags
}

async function ConfidentialFlagValues({
  flagValues,
}: {
  flagValues: FlagValuesType
}) {
  const encryptedFlagValues = await encrypt(flagValues)
  return <FlagValues values={encryptedFlagValues} />
}

export default async function Home() {
  // Note that this top-level await is blocking rendering.
  // In a real application you could extract the Docs, Learn, Templates, Deploy
  // components into their own suspense boundaries to allow flushing the main
  // tag without blocking on the flags.
  const flags = await getFlags()

  return (
    <main className="flex min-h-screen flex-col items-center justify-between p-24">
      <Suspense fallback={null}>
        <ConfidentialFlagValues flagValues={flags} />
      </Suspense>
      <div className="z-10 max-w-5xl w-full items-center justify-between font-mono text-sm lg:flex">
        {flags.get_started ? (
          <p className="fixed left-0 top-0 flex w-full justify-center border-b border-gray-300 bg-gradient-to-b from-zinc-200 pb-6 pt-8 backdrop-blur-2xl dark:border-neutral-800 dark:bg-zinc-800/30 dark:from-inherit lg:static lg:w-auto  lg:rounded-xl lg:border lg:bg-gray-200 lg:p-4 lg:dark:bg-zinc-800/30">
            Get started by editing&nbsp;
            <code className="font-mono font-bold">app/page.tsx</code>
          </p>
        ) : null}
        <div className="fixed bottom-0 left-0 flex h-48 w-full items-end justify-center bg-gradient-to-t from-white via-white dark:from-black dark:via-black lg:static lg:h-auto lg:w-auto lg:bg-none">
          <a
            className="pointer-events-none flex place-items-center gap-2 p-8 lg:pointer-events-auto lg:p-0"
            href="https://vercel.com?utm_source=create-next-app&utm_medium=appdir-template&utm_campaign=create-next-app"
            target="_blank"
            rel="noopener noreferrer"
          >
            By{' '}
            <Image
              src="/vercel.svg"
              alt="Vercel Logo"
              className="dark:invert"
              width={100}
              height={24}
              priority
            />
          </a>
        </div>
      </div>

      <div className="relative flex place-items-center before:absolute before:h-[300px] before:w-full sm:before:w-[480px] before:-translate-x-1/2 before:rounded-full before:bg-gradient-radial before:from-white before:to-transparent before:blur-2xl before:content-[''] after:absolute after:-z-20 after:h-[180px] after:w-full sm:after:w-[240px] after:translate-x-1/3 after:bg-gradient-conic after:from-sky-200 after:via-blue-200 after:blur-2xl after:content-[''] before:dark:bg-gradient-to-br before:dark:from-transparent before:dark:to-blue-700 before:dark:opacity-10 after:dark:from-sky-900 after:dark:via-[#0141ff] after:dark:opacity-40 before:lg:h-[360px] z-[-1]">
        <Image
          className="relative dark:drop-shadow-[0_0_0.3rem_#ffffff70] dark:invert"
          src="/next.svg"
          alt="Next.js Logo"
          width={180}
          height={37}
          priority
        />
      </div>

      <div className="mb-32 grid text-center lg:max-w-5xl lg:w-full lg:mb-0 lg:grid-cols-4 lg:text-left">
        {/* Using a feature flag here to conditionally show or hide the pill */}
        {flags.docs && (
          <a
            href="https://nextjs.org/docs?utm_source=create-next-app&utm_medium=appdir-template&utm_campaign=create-next-app"
            className="group rounded-lg border border-transparent px-5 py-4 transition-colors hover:border-gray-300 hover:bg-gray-100 hover:dark:border-neutral-700 hover:dark:bg-neutral-800/30"
            target="_blank"
            rel="noopener noreferrer"
          >
            <h2 className={`mb-3 text-2xl font-semibold`}>
              Docs{' '}
              <span className="inline-block transition-transform group-hover:translate-x-1 motion-reduce:transform-none">
                -&gt;
              </span>
            </h2>
            <p className={`m-0 max-w-[30ch] text-sm opacity-50`}>
              Find in-depth information about Next.js features and API.
            </p>
          </a>
        )}

        {/* Using a feature flag here to conditionally show or hide the pill */}
        {flags.learn && (
          <a
            href="https://nextjs.org/learn?utm_source=create-next-app&utm_medium=appdir-template-tw&utm_campaign=create-next-app"
            className="group rounded-lg border border-transparent px-5 py-4 transition-colors hover:border-gray-300 hover:bg-gray-100 hover:dark:border-neutral-700 hover:dark:bg-neutral-800/30"
            target="_blank"
            rel="noopener noreferrer"
          >
            <h2 className={`mb-3 text-2xl font-semibold`}>
              Learn{' '}
              <span className="inline-block transition-transform group-hover:translate-x-1 motion-reduce:transform-none">
                -&gt;
              </span>
            </h2>
            <p className={`m-0 max-w-[30ch] text-sm opacity-50`}>
              Learn about Next.js in an interactive course with&nbsp;quizzes!
            </p>
          </a>
        )}

        {/* Using a feature flag here to conditionally show or hide the pill */}
        {flags.templates && (
          <a
            href="https://vercel.com/templates?framework=next.js&utm_source=create-next-app&utm_medium=appdir-template&utm_campaign=create-next-app"
            className="group rounded-lg border border-transparent px-5 py-4 transition-colors hover:border-gray-300 hover:bg-gray-100 hover:dark:border-neutral-700 hover:dark:bg-neutral-800/30"
            target="_blank"
            rel="noopener noreferrer"
          >
            <h2 className={`mb-3 text-2xl font-semibold`}>
              Templates{' '}
              <span className="inline-block transition-transform group-hover:translate-x-1 motion-reduce:transform-none">
                -&gt;
              </span>
            </h2>
            <p className={`m-0 max-w-[30ch] text-sm opacity-50`}>
              Explore starter templates for Next.js.
            </p>
          </a>
        )}

        {/* Using a feature flag here to conditionally show or hide the pill */}
        {flags.deploy && (
          <a
            href="https://vercel.com/new?utm_source=create-next-app&utm_medium=appdir-template&utm_campaign=create-next-app"
            className="group rounded-lg border border-transparent px-5 py-4 transition-colors hover:border-gray-300 hover:bg-gray-100 hover:dark:border-neutral-700 hover:dark:bg-neutral-800/30"
            target="_blank"
            rel="noopener noreferrer"
          >
            <h2 className={`mb-3 text-2xl font-semibold`}>
              Deploy{' '}
              <span className="inline-block transition-transform group-hover:translate-x-1 motion-reduce:transform-none">
                -&gt;
              </span>
            </h2>
            <p className={`m-0 max-w-[30ch] text-sm opacity-50 text-balance`}>
              Instantly deploy your Next.js site to a shareable URL with Vercel.
            </p>
          </a>
        )}
      </div>
    </main>
  )
}
