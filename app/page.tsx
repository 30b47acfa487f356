export default function Home() {
  return <main>Current affairs study</main>;
}
