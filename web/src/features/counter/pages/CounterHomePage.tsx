import { WorkbenchHome } from '../../shell/components/WorkbenchHome';

export function CounterHomePage() {
  return <WorkbenchHome titleKey="home.counter.title" />;
}
