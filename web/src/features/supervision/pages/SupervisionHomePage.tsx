import { WorkbenchHome } from '../../shell/components/WorkbenchHome';

export function SupervisionHomePage() {
  return <WorkbenchHome titleKey="home.supervision.title" />;
}
